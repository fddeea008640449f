/**
 * The plan tracker: the 21 commitments of the National Action Plan 2018-2020, their actions and
 * deadlines, the status updates of the carrying institutions with their evidence, public comments,
 * and the plan's open data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plan tracker", allowedDependencies = { "kernel",
		"account", "comment" })
package fr.ouvert.plan;
