/**
 * Integrity (commitments 20 and 21): the digital register of interest representatives and their yearly activity
 * reports, and the declarations of interests and assets of public officials, imported from and published in the
 * HATVP's own formats (the {@code ouvert-hatvp} library), with links to public contracts by SIREN.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "kernel", "account", "procurement" })
package fr.ouvert.integrity;
