package fr.ouvert.kernel.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Resolves {@code (type, id)} pairs through the {@link LinkableType}s the modules declare. */
@Component
public class Linkables {

	private final Map<String, LinkableType> types = new HashMap<>();

	Linkables(List<OuvertModule> modules) {
		modules.stream().flatMap(m -> m.linkableTypes().stream()).forEach(t -> {
			if (types.putIfAbsent(t.type(), t) != null) {
				throw new IllegalStateException("Two modules declare the linkable type " + t.type());
			}
		});
	}

	public Optional<LinkableType.Link> resolve(String type, String id) {
		LinkableType linkable = types.get(type);
		return linkable == null ? Optional.empty() : linkable.resolver().apply(id);
	}
}
