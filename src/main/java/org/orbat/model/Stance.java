package org.orbat.model;

import java.util.Locale;

/**
 * How a report stands to the fact it states: said plainly, attributed as a claim ("reportedly",
 * "claimed"), denied by the source, or disputed by another party.
 */
public enum Stance {
    ASSERTED, CLAIMED, DENIED, DISPUTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Stance fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
