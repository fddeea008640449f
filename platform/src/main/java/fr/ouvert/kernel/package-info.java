/**
 * The shared kernel: web layout and navigation, security helpers, audit trail, open-data serving,
 * Markdown rendering, French text analysis for search, mail and the command-line runner. Every module may use it; it never names a
 * module — modules plug in through {@link fr.ouvert.kernel.web.OuvertModule} beans.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package fr.ouvert.kernel;
