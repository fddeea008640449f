package fr.ouvert.kernel.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Maps the kernel's exceptions to their status codes for every controller. */
@ControllerAdvice
class ErrorsAdvice {

	@ExceptionHandler(RetryLaterException.class)
	void retryLater(RetryLaterException e, HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
		response.sendError(e.status().value());
	}

	/** udata's error shape: {@code {"message": ..., "errors": {field: message}}}. */
	@ExceptionHandler(BadRequestException.class)
	ResponseEntity<ApiError> badRequest(BadRequestException e) {
		return ResponseEntity.badRequest()
			.body(new ApiError("Validation error", 400, Map.of(e.field(), e.getMessage())));
	}
}
