/**
 * Public procurement (commitment 2): the consolidated national flow of the essential data of public contracts
 * (DECP 2019 and 2022), imported from files and from buyers' own publications, deduplicated across sources,
 * published in DECP, CSV and OCDS, with an observatory (search, buyer, supplier and territory pages) and red
 * flags. The formats themselves live in the {@code ouvert-decp} library.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "kernel", "account" })
package fr.ouvert.procurement;
