package org.orbat.nlp;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.orbat.model.DateValue;

/**
 * Reads SUTime's TIMEX3 values ({@code 2015-03-01}, {@code 2014-11}, {@code 2015-W09},
 * {@code 2015-02-27TNI}, {@code 2014-SU}) into {@link DateValue}s with the precision they carry.
 * Values SUTime could not anchor ({@code XXXX-11}, {@code PRESENT_REF}, durations) are dropped.
 *
 * <p>When the article has no publication date, SUTime anchored relative expressions to today,
 * which would be wrong; only expressions that write their own year are kept then.
 */
final class SuTimeValues {
    private static final Pattern VALUE = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?|-W(\\d{2})(-WE)?|-(?:SP|SU|FA|WI|Q\\d|H\\d))?(?:T.*)?$");
    private static final Pattern AHEAD = Pattern.compile("\\b(next|coming|following|upcoming|later)\\b", Pattern.CASE_INSENSITIVE);
    /** A day of the month written in figures ("10 August", "August 10th"). */
    private static final Pattern DAY_NUMBER = Pattern.compile("\\b\\d{1,2}(st|nd|rd|th)?\\b");
    private static final Pattern WRITTEN_YEAR = Pattern.compile("\\b(1[89]|20)\\d{2}\\b");

    private SuTimeValues() {
    }

    /**
     * @param anchor the publication date relative expressions were resolved against, or {@code null}
     */
    static Optional<DateValue> toDate(String value, String written, LocalDate anchor) {
        if (value == null) {
            return Optional.empty();
        }
        boolean writesYear = written != null && WRITTEN_YEAR.matcher(written).find();
        if (anchor == null && !writesYear) {
            return Optional.empty();
        }
        return parse(value).map(d -> writesYear || anchor == null ? d : intoPast(d, anchor, written));
    }

    /**
     * News reports what happened: SUTime resolves "over the weekend" in a Monday report to the
     * coming weekend, so a relative day up to a week after publication is moved back a week (not a day written with
     * its day of the month, "10 August", which names its day); and it
     * reads a bare month after the publication month ("since June" in a December report) as the
     * coming one, so such a month is moved back a year, unless the text says it is ahead ("next June").
     */
    private static DateValue intoPast(DateValue d, LocalDate anchor, String written) {
        // "10 August" in a report of 9 August names its day: only a weekday ("on Saturday") is moved back a week
        boolean dayOfMonth = written != null && DAY_NUMBER.matcher(written).find();
        if (d.precision() == DateValue.Precision.DAY && !dayOfMonth && d.date().isAfter(anchor) && !d.date().isAfter(anchor.plusDays(7))) {
            return DateValue.day(d.date().minusDays(7));
        }
        if (d.precision() == DateValue.Precision.MONTH && YearMonth.from(d.date()).isAfter(YearMonth.from(anchor))
                && (written == null || !AHEAD.matcher(written).find())) {
            LocalDate back = d.date().minusYears(1);
            return DateValue.month(back.getYear(), back.getMonthValue());
        }
        return d;
    }

    private static Optional<DateValue> parse(String value) {
        Matcher m = VALUE.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(3) != null) {
                return Optional.of(DateValue.day(LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))));
            }
            if (m.group(2) != null) {
                return Optional.of(DateValue.month(year, Integer.parseInt(m.group(2))));
            }
            if (m.group(4) != null) {
                LocalDate monday = LocalDate.of(year, 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(4)))
                    .with(m.group(5) != null ? java.time.DayOfWeek.SATURDAY : java.time.DayOfWeek.MONDAY);
                return Optional.of(DateValue.day(monday));
            }
            return Optional.of(DateValue.year(year));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
