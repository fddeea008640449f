package fr.ouvert.procurement.flags.web;

import java.util.List;
import java.util.Map;

import fr.ouvert.procurement.flags.RedFlag;

/** The flags of one scope with how often each is raised, as the page lists them. */
public record FlagSection(RedFlag.Scope scope, List<RedFlag> flags, Map<RedFlag, Long> counts) {
}
