package org.orbat.http;

/** The body of every error response: {@code {"status": 400, "message": "..."}}. */
public record ApiError(int status, String message) {
}
