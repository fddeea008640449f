package fr.ouvert.kernel.opendata;

import fr.ouvert.kernel.web.BadRequestException;

/** A validated {@code page} / {@code page_size} pair, 1-based as in udata. */
public record PageRequest(int page, int pageSize) {

	public static final int DEFAULT_PAGE_SIZE = 20;
	public static final int MAX_PAGE_SIZE = 1000;

	public static PageRequest of(Integer page, Integer pageSize) {
		int p = page == null ? 1 : page;
		int size = pageSize == null ? DEFAULT_PAGE_SIZE : pageSize;
		if (p < 1) {
			throw new BadRequestException("page", "must be 1 or more");
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new BadRequestException("page_size", "must be between 1 and " + MAX_PAGE_SIZE);
		}
		return new PageRequest(p, size);
	}

	public long offset() {
		return (long) (page - 1) * pageSize;
	}
}
