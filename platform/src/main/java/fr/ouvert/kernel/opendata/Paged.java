package fr.ouvert.kernel.opendata;

import java.util.List;
import java.util.function.Function;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * udata's list envelope: {@code {data, page, page_size, total, next_page, previous_page}}, the
 * page links being absolute URLs (or {@code null}). Field names follow the platform-wide snake
 * case JSON naming.
 */
public record Paged<T>(List<T> data, int page, int pageSize, long total, String nextPage, String previousPage) {

	/**
	 * @param self the current request URL; its {@code page} parameter is replaced in the links
	 */
	public static <T> Paged<T> of(List<T> data, PageRequest request, long total, UriComponentsBuilder self) {
		String next = (long) request.page() * request.pageSize() < total
				? self.cloneBuilder().replaceQueryParam("page", request.page() + 1).build().toUriString() : null;
		String previous = request.page() > 1
				? self.cloneBuilder().replaceQueryParam("page", request.page() - 1).build().toUriString() : null;
		return new Paged<>(data, request.page(), request.pageSize(), total, next, previous);
	}

	public <R> Paged<R> map(Function<T, R> mapper) {
		return new Paged<>(data.stream().map(mapper).toList(), page, pageSize, total, nextPage, previousPage);
	}
}
