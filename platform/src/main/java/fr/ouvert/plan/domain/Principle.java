package fr.ouvert.plan.domain;

/** An Open Government Partnership principle a commitment relates to. */
public record Principle(String code, String label) {
}
