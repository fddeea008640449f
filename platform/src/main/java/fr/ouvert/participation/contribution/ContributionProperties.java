package fr.ouvert.participation.contribution;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ouvert.participation.*} settings of contributions.
 *
 * @param reportsBeforeHiding a proposal, statement or forum thread is hidden pending review once this
 *            many people reported it (0: never hidden automatically)
 */
@ConfigurationProperties("ouvert.participation")
public record ContributionProperties(@DefaultValue("3") int reportsBeforeHiding) {
}
