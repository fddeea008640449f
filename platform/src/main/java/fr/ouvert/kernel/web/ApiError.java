package fr.ouvert.kernel.web;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The one shape of API errors, udata's: {@code {"message": …, "errors": {field: message}}}, with the
 * HTTP status repeated for clients that only see the body.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String message, Integer status, Map<String, String> errors) {
}
