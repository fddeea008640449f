package fr.ouvert.kernel.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import fr.ouvert.kernel.security.TooManyRequestsException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Maps the kernel's exceptions to their status codes for every controller. */
@ControllerAdvice
class ErrorsAdvice {

	@ExceptionHandler(TooManyRequestsException.class)
	void tooManyRequests(TooManyRequestsException e, HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
		response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
	}

	@ExceptionHandler(ServiceBusyException.class)
	void busy(ServiceBusyException e, HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
		response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
	}

	/** udata's error shape: {@code {"message": ..., "errors": {field: message}}}. */
	@ExceptionHandler(BadRequestException.class)
	ResponseEntity<ApiError> badRequest(BadRequestException e) {
		return ResponseEntity.badRequest()
			.body(new ApiError("Validation error", 400, Map.of(e.field(), e.getMessage())));
	}
}
