package org.orbat.model;

import java.util.Locale;

/** The relation vocabulary of Orbat's knowledge base (see the export format). */
public enum RelationType {
    ALLY_OF(true), RIVAL_OF(true), MEMBER_OF(false), SUPPORTED_BY(false), AFFILIATE_OF(false), RENAMED_TO(false),
    SPLIT_FROM(false), PLEDGED_ALLEGIANCE_TO(false), DESIGNATED_BY(false), LEADER_OF(false);

    private final boolean symmetric;

    RelationType(boolean symmetric) {
        this.symmetric = symmetric;
    }

    /** Symmetric relations hold both ways; their source and target are stored in a canonical order. */
    public boolean symmetric() {
        return symmetric;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RelationType fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
