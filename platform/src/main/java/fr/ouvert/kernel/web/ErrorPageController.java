package fr.ouvert.kernel.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error, as a page in the site's layout for browsers and as udata's {@code {message}} JSON
 * for API clients. Never shows a stack trace or an internal message.
 */
@Controller
class ErrorPageController implements ErrorController {

	@RequestMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
	String page(HttpServletRequest request, Model model) {
		HttpStatus status = status(request);
		if (isApi(request)) {
			return "forward:/error/json";
		}
		model.addAttribute("status", status.value());
		return "kernel/error";
	}

	@RequestMapping(path = { "/error", "/error/json" })
	ResponseEntity<ApiError> json(HttpServletRequest request) {
		HttpStatus status = status(request);
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(new ApiError(status.getReasonPhrase(), status.value(), null));
	}

	private static boolean isApi(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return uri != null && uri.toString().startsWith("/api/");
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}
}
