package org.orbat.query;

import org.orbat.model.DateValue;

/** Where a piece of evidence was read: the document's id, headline, outlet, publication date and path. */
public record DocumentView(String id, String title, String outlet, DateValue published, String path) {
}
