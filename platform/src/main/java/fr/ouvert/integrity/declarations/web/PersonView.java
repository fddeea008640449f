package fr.ouvert.integrity.declarations.web;

import java.util.List;

import fr.ouvert.integrity.declarations.Declarations;

/** A person's page: the documents liste.csv lists, and every imported declaration. */
public record PersonView(Declarations.Person person, List<Declarations.ListedDocument> documents,
		List<DeclarationView> declarations) {
}
