package org.orbat.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.orbat.model.EventType;
import org.orbat.model.RelationType;

/**
 * The event and relation types the server knows, with the traits the page needs, read from the types
 * themselves: a type added to {@link EventType} or {@link RelationType} reaches the API's schema, its filters
 * and the page's legend with no list to edit here or in {@code web/app.js}.
 */
record Vocabulary(@JsonProperty("event_types") List<EventTypeTraits> eventTypes,
                  @JsonProperty("relation_types") List<RelationTypeTraits> relationTypes) {

    /** An event type and its traits. */
    record EventTypeTraits(String code, String kind, boolean tolled, boolean fighting,
                           @JsonProperty("acled_sub_event") String acledSubEvent) {
    }

    /** A relation type and whether it holds both ways. */
    record RelationTypeTraits(String code, boolean symmetric) {
    }

    static Vocabulary current() {
        return new Vocabulary(
            Arrays.stream(EventType.values()).map(t -> new EventTypeTraits(t.code(), t.kind().name().toLowerCase(Locale.ROOT),
                t.tolled(), t.fighting(), t.defaultSubEvent().label())).toList(),
            Arrays.stream(RelationType.values()).map(t -> new RelationTypeTraits(t.code(), t.symmetric())).toList());
    }

    /** The codes an {@code x-orbat-enum} marker of the OpenAPI document stands for. */
    static List<String> codes(String marker) {
        return switch (marker) {
            case "event_type" -> Arrays.stream(EventType.values()).map(EventType::code).toList();
            case "relation_type" -> Arrays.stream(RelationType.values()).map(RelationType::code).toList();
            default -> throw new IllegalStateException(OpenApiHandler.RESOURCE + ": unknown x-orbat-enum '" + marker + "'");
        };
    }
}
