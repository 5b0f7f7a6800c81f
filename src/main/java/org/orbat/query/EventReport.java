package org.orbat.query;

import org.orbat.model.DateValue;

/**
 * One document's report of an event: reports of one happening are merged into one event, and each
 * keeps the date and toll its document gave, so disagreeing sources stay visible.
 *
 * @param id the report's id; {@code orbat evidence} resolves it to the event it is part of
 * @param documentId the reporting document
 * @param date the date this report gives; {@code null} when it gives none
 * @param dateEnd the end this report gives; may be {@code null}
 * @param fatalities the toll this report gives; may be {@code null}
 */
public record EventReport(String id, String documentId, DateValue date, DateValue dateEnd, Integer fatalities) {
}
