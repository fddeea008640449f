package fr.ouvert.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import fr.ouvert.bench.DecpGenerator.Generated;
import fr.ouvert.bench.DecpGenerator.Source;
import fr.ouvert.bench.DecpProfile.SourceProfile;
import fr.ouvert.decp.Contract;
import fr.ouvert.decp.ContractKind;
import fr.ouvert.decp.Generation;
import fr.ouvert.decp.LieuExecution;
import fr.ouvert.decp.Modification;
import fr.ouvert.decp.Titulaire;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The generated files of every source: one open file per (source, generation), rolled over every
 * {@code recordsPerFile} records. JSON is written with Jackson's streaming generator, XML with StAX. Each source
 * spells its records as its real file does (time-zone suffixes, CPV check digits, amounts as strings,
 * {@code uid}/{@code uuid}/{@code source} keys, at the measured rates), so that a contract published by two sources
 * reads the same once normalised but not byte for byte.
 */
final class DecpFiles implements AutoCloseable {

	/** Assumed, not measured (no real sample has one): files of the many small platforms that start with a BOM. */
	private static final double BOM_RATE = 0.1;
	/** Assumed from decp-processing's edge cases (GPL, not profiled): {@code dureeMois: "NC"} on small platforms. */
	private static final double NC_RATE = 0.002;
	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private final Path dir;
	private final int recordsPerFile;
	private final DecpProfile profile;
	private final long seed;
	private final JsonFactory json = new JsonFactory();
	private final XMLOutputFactory xml = XMLOutputFactory.newFactory();
	private final Map<String, SourceFile> open = new HashMap<>();
	private final Map<String, Integer> fileNumbers = new HashMap<>();
	private final Map<String, Long> recordsByFormat = new TreeMap<>();
	private int files;
	private long bytes;

	DecpFiles(Path dir, int recordsPerFile, DecpProfile profile, long seed) {
		this.dir = dir;
		this.recordsPerFile = recordsPerFile;
		this.profile = profile;
		this.seed = seed;
	}

	/** Writes {@code g} as source {@code source} publishes it; the same style seed gives the same bytes. */
	void write(Generated g, int source, long styleSeed) throws IOException {
		Source s = DecpGenerator.SOURCES.get(source);
		Generation generation = g.contract().generation();
		String key = s.folder() + "/decp-" + (generation == Generation.DECP_2019 ? "2019" : "2022");
		SourceFile file = open.get(key);
		if (file == null) {
			file = openFile(key, s, generation);
			open.put(key, file);
		}
		file.add(g, styleSeed);
		recordsByFormat.merge((generation == Generation.DECP_2019 ? "2019" : "2022") + (s.xml() ? " XML" : " JSON"), 1L,
				Long::sum);
		if (file.count >= recordsPerFile) {
			file.close();
			open.remove(key);
		}
	}

	int fileCount() {
		return files;
	}

	long bytes() {
		return bytes;
	}

	Map<String, Long> recordsByFormat() {
		return recordsByFormat;
	}

	@Override
	public void close() throws IOException {
		for (SourceFile f : open.values()) {
			f.close();
		}
		open.clear();
	}

	private SourceFile openFile(String key, Source source, Generation generation) throws IOException {
		int number = fileNumbers.merge(key, 1, Integer::sum);
		Path path = dir.resolve(key + String.format(Locale.ROOT, "-%04d", number) + (source.xml() ? ".xml" : ".json"));
		Files.createDirectories(path.getParent());
		OutputStream out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
		SplittableRandom fileRandom = new SplittableRandom(DecpGenerator.mix(seed, (key + number).hashCode()));
		if (source.folder().equals("autres-plateformes") && fileRandom.nextDouble() < BOM_RATE) {
			out.write(BOM);
		}
		files++;
		SourceProfile p = profile.source(source.profile());
		try {
			return source.xml() ? new XmlFile(path, out, source, p, generation)
					: new JsonFile(path, out, source, p, generation);
		}
		catch (XMLStreamException e) {
			throw new IOException("Cannot start " + path, e);
		}
	}

	// ---------------------------------------------------------------- one file

	/** One open file: marchés are written at once, 2022 concessions at the end (they follow the marchés). */
	private abstract class SourceFile {
		final Path path;
		final Source source;
		final SourceProfile profile;
		final Generation generation;
		final List<Generated> concessions = new ArrayList<>();
		final List<Long> concessionStyles = new ArrayList<>();
		int count;

		SourceFile(Path path, Source source, SourceProfile profile, Generation generation) {
			this.path = path;
			this.source = source;
			this.profile = profile;
			this.generation = generation;
		}

		void add(Generated g, long styleSeed) throws IOException {
			count++;
			if (generation == Generation.DECP_2022 && g.contract().kind() == ContractKind.CONCESSION) {
				concessions.add(g);
				concessionStyles.add(styleSeed);
				return;
			}
			render(g, new Style(new SplittableRandom(styleSeed)));
		}

		void close() throws IOException {
			finish();
			bytes += Files.size(path);
		}

		abstract void render(Generated g, Style style) throws IOException;

		abstract void finish() throws IOException;

		/** The spelling decisions of one record, drawn at the source's measured rates. */
		final class Style {
			final boolean zone;
			final boolean checkDigit;
			final boolean amountAsString;
			final boolean uid;
			final boolean uuid;
			final boolean sourceKey;
			final boolean nc;
			final boolean unaccentedTypeCode;
			final String uuidValue;

			Style(SplittableRandom r) {
				zone = r.nextDouble() < profile.rate("dateWithZoneRate");
				checkDigit = r.nextDouble() < profile.rate("cpvCheckDigitRate");
				amountAsString = r.nextDouble() < profile.rate("numberAsStringRate");
				uid = r.nextDouble() < profile.rate("uidRate");
				uuid = r.nextDouble() < profile.rate("uuidRate");
				sourceKey = r.nextDouble() < profile.rate("sourceFieldRate");
				nc = source.folder().equals("autres-plateformes") && r.nextDouble() < NC_RATE;
				unaccentedTypeCode = generation == Generation.DECP_2022 && profile.name().equals("e-marchespublics")
						&& r.nextDouble() < DecpFiles.this.profile.decp2022Rate("unaccentedTypeCodeRate");
				uuidValue = String.format(Locale.ROOT, "%016X%016X", r.nextLong(), r.nextLong());
			}

			String date(LocalDate d) {
				if (d == null) {
					return null;
				}
				return zone ? d + (d.getMonthValue() >= 4 && d.getMonthValue() <= 10 ? "+02:00" : "+01:00") : d.toString();
			}

			String cpv(String code) {
				if (code == null || !checkDigit || code.length() != 8) {
					return code;
				}
				int sum = 0;
				for (int i = 0; i < 8; i++) {
					sum += Character.getNumericValue(code.charAt(i)) * (i + 1);
				}
				return code + "-" + Math.floorMod(sum, 10);
			}

			String typeCode(String typeCode) {
				return unaccentedTypeCode && typeCode != null ? typeCode.replace('é', 'e') : typeCode;
			}
		}
	}

	/** What JSON and XML share: the order and names of the fields of each generation and kind. */
	private interface Out {
		void string(String name, String value) throws IOException;

		void number(String name, BigDecimal value, boolean asString) throws IOException;

		void integer(String name, Integer value, boolean nc) throws IOException;

		void bool(String name, Boolean value) throws IOException;

		void beginObject(String name) throws IOException;

		void endObject() throws IOException;

		/** A list of objects: 2019 JSON {@code name:[{…}]}, 2022 JSON {@code name:[{item:{…}}]}, XML wrapped. */
		void beginList(String name) throws IOException;

		void beginItem(String item) throws IOException;

		void endItem() throws IOException;

		void endList() throws IOException;

		/** A list of enumerated values: 2022 JSON {@code name:{item:[…]}}, XML repeated elements. */
		void values(String name, String item, List<String> values) throws IOException;
	}

	private static void render(Out out, Generated g, Source source, SourceFile.Style style) throws IOException {
		Contract c = g.contract();
		boolean v2019 = c.generation() == Generation.DECP_2019;
		boolean concession = c.kind() == ContractKind.CONCESSION;
		out.string("id", c.id());
		if (v2019 && !source.xml()) {
			if (style.uid) {
				out.string("uid", c.uid());
			}
			if (style.uuid) {
				out.string("uuid", style.uuidValue);
			}
			if (style.sourceKey) {
				out.string("source", source.folder());
			}
			out.string("_type", c.kind().label());
		}
		out.beginObject(concession ? "autoriteConcedante" : "acheteur");
		out.string("id", c.acheteurId());
		if (v2019) {
			out.string("nom", c.acheteurNom());
		}
		out.endObject();
		out.string("nature", c.nature());
		out.string("objet", c.objet());
		if (!concession) {
			out.string("codeCPV", style.cpv(c.codeCpv()));
		}
		if (!concession && !v2019) {
			out.values("techniques", "technique", c.techniques());
			out.values("modalitesExecution", "modaliteExecution", c.modalitesExecution());
			out.string("idAccordCadre", c.idAccordCadre());
			out.bool("marcheInnovant", c.marcheInnovant());
			out.string("ccag", c.ccag());
			out.integer("offresRecues", c.offresRecues(), false);
			out.bool("attributionAvance", c.attributionAvance());
			out.number("tauxAvance", c.tauxAvance(), false);
			out.string("typeGroupementOperateurs", c.typeGroupementOperateurs());
			out.bool("sousTraitanceDeclaree", c.sousTraitanceDeclaree());
		}
		out.string("procedure", c.procedure());
		LieuExecution lieu = c.lieuExecution();
		if (lieu != null && (v2019 || !concession)) {
			out.beginObject("lieuExecution");
			out.string("code", lieu.code());
			out.string("typeCode", style.typeCode(lieu.typeCode()));
			out.string("nom", lieu.nom());
			out.endObject();
		}
		out.integer("dureeMois", c.dureeMois(), style.nc);
		if (concession) {
			out.string("dateSignature", style.date(c.dateNotification()));
			out.string("datePublicationDonnees", style.date(c.datePublicationDonnees()));
			out.string("dateDebutExecution", style.date(c.dateDebutExecution()));
			out.number("valeurGlobale", c.montant(), style.amountAsString);
			out.number("montantSubventionPublique", c.montantSubventionPublique(), false);
			if (v2019) {
				out.beginList("donneesExecution");
				out.endList();
			}
		}
		else {
			out.string("dateNotification", style.date(c.dateNotification()));
			out.string("datePublicationDonnees", style.date(c.datePublicationDonnees()));
			out.number("montant", c.montant(), style.amountAsString);
			if (!v2019) {
				out.values("typesPrix", "typePrix", c.typesPrix());
			}
			out.string("formePrix", c.formePrix());
		}
		titulaires(out, concession ? "concessionnaires" : "titulaires", concession ? "concessionnaire" : "titulaire",
				c.titulaires());
		if (!v2019) {
			out.values("considerationsSociales", "considerationSociale", c.considerationsSociales());
			out.values("considerationsEnvironnementales", "considerationEnvironnementale",
					c.considerationsEnvironnementales());
		}
		if (v2019 || !c.modifications().isEmpty()) {
			out.beginList("modifications");
			for (Modification m : c.modifications()) {
				out.beginItem("modification");
				if (m.id() != null) {
					out.integer("id", m.id(), false);
				}
				out.string("objetModification", m.objetModification());
				out.string(concession ? "dateSignatureModification" : "dateNotificationModification",
						style.date(m.dateNotification()));
				out.string("datePublicationDonneesModification", style.date(m.datePublicationDonnees()));
				out.integer("dureeMois", m.dureeMois(), false);
				out.number(concession ? "valeurGlobale" : "montant", m.montant(), style.amountAsString);
				if (m.titulaires() != null) {
					titulaires(out, "titulaires", "titulaire", m.titulaires());
				}
				out.endItem();
			}
			out.endList();
		}
	}

	private static void titulaires(Out out, String name, String item, List<Titulaire> titulaires) throws IOException {
		out.beginList(name);
		for (Titulaire t : titulaires) {
			out.beginItem(item);
			out.string("typeIdentifiant", t.typeIdentifiant());
			out.string("id", t.id());
			out.string("denominationSociale", t.denominationSociale());
			out.endItem();
		}
		out.endList();
	}

	// ---------------------------------------------------------------- JSON

	private final class JsonFile extends SourceFile implements Out {
		private final JsonGenerator generator;
		private final boolean wrapped;

		JsonFile(Path path, OutputStream out, Source source, SourceProfile profile, Generation generation) {
			super(path, source, profile, generation);
			this.generator = json.createGenerator(ObjectWriteContext.empty(), out);
			this.wrapped = generation == Generation.DECP_2022;
			generator.writeStartObject();
			generator.writeName("marches");
			if (wrapped) {
				generator.writeStartObject();
				generator.writeName("marche");
			}
			generator.writeStartArray();
		}

		@Override
		void render(Generated g, Style style) throws IOException {
			generator.writeStartObject();
			DecpFiles.render(this, g, source, style);
			generator.writeEndObject();
		}

		@Override
		void finish() throws IOException {
			generator.writeEndArray();
			if (wrapped) {
				if (!concessions.isEmpty()) {
					generator.writeName("contrat-concession");
					generator.writeStartArray();
					for (int i = 0; i < concessions.size(); i++) {
						render(concessions.get(i), new Style(new SplittableRandom(concessionStyles.get(i))));
					}
					generator.writeEndArray();
				}
				generator.writeEndObject();
			}
			generator.writeEndObject();
			generator.close();
		}

		@Override
		public void string(String name, String value) {
			if (value != null) {
				generator.writeStringProperty(name, value);
			}
		}

		@Override
		public void number(String name, BigDecimal value, boolean asString) {
			if (value != null) {
				if (asString) {
					generator.writeStringProperty(name, value.toPlainString());
				}
				else {
					generator.writeName(name);
					generator.writeNumber(value.toPlainString());
				}
			}
		}

		@Override
		public void integer(String name, Integer value, boolean nc) {
			if (nc) {
				generator.writeStringProperty(name, "NC");
			}
			else if (value != null) {
				generator.writeNumberProperty(name, value.intValue());
			}
		}

		@Override
		public void bool(String name, Boolean value) {
			if (value != null) {
				generator.writeBooleanProperty(name, value);
			}
		}

		@Override
		public void beginObject(String name) {
			generator.writeName(name);
			generator.writeStartObject();
		}

		@Override
		public void endObject() {
			generator.writeEndObject();
		}

		@Override
		public void beginList(String name) {
			generator.writeName(name);
			generator.writeStartArray();
		}

		@Override
		public void beginItem(String item) {
			generator.writeStartObject();
			if (wrapped) {
				generator.writeName(item);
				generator.writeStartObject();
			}
		}

		@Override
		public void endItem() {
			if (wrapped) {
				generator.writeEndObject();
			}
			generator.writeEndObject();
		}

		@Override
		public void endList() {
			generator.writeEndArray();
		}

		@Override
		public void values(String name, String item, List<String> values) {
			generator.writeName(name);
			generator.writeStartObject();
			generator.writeName(item);
			generator.writeStartArray();
			for (String v : values) {
				generator.writeString(v);
			}
			generator.writeEndArray();
			generator.writeEndObject();
		}
	}

	// ---------------------------------------------------------------- XML

	private final class XmlFile extends SourceFile implements Out {
		private final XMLStreamWriter writer;
		private final OutputStream out;

		XmlFile(Path path, OutputStream out, Source source, SourceProfile profile, Generation generation)
				throws XMLStreamException {
			super(path, source, profile, generation);
			this.out = out;
			this.writer = xml.createXMLStreamWriter(out, "UTF-8");
			writer.writeStartDocument("UTF-8", "1.0");
			writer.writeCharacters("\n");
			writer.writeStartElement("marches");
		}

		@Override
		void render(Generated g, Style style) throws IOException {
			try {
				writer.writeCharacters("\n");
				writer.writeStartElement(g.contract().kind() == ContractKind.CONCESSION ? "contrat-concession" : "marche");
				DecpFiles.render(this, g, source, style);
				writer.writeEndElement();
			}
			catch (XMLStreamException e) {
				throw new IOException("Cannot write " + path, e);
			}
		}

		@Override
		void finish() throws IOException {
			for (int i = 0; i < concessions.size(); i++) {
				render(concessions.get(i), new Style(new SplittableRandom(concessionStyles.get(i))));
			}
			try {
				writer.writeCharacters("\n");
				writer.writeEndElement();
				writer.writeEndDocument();
				writer.close();
				out.close();
			}
			catch (XMLStreamException e) {
				throw new IOException("Cannot finish " + path, e);
			}
		}

		private void element(String name, String text) {
			try {
				writer.writeStartElement(name);
				writer.writeCharacters(text);
				writer.writeEndElement();
			}
			catch (XMLStreamException e) {
				throw new UncheckedIOException(new IOException("Cannot write " + path, e));
			}
		}

		private void start(String name) {
			try {
				writer.writeStartElement(name);
			}
			catch (XMLStreamException e) {
				throw new UncheckedIOException(new IOException("Cannot write " + path, e));
			}
		}

		private void end() {
			try {
				writer.writeEndElement();
			}
			catch (XMLStreamException e) {
				throw new UncheckedIOException(new IOException("Cannot write " + path, e));
			}
		}

		@Override
		public void string(String name, String value) {
			if (value != null) {
				element(name, value);
			}
		}

		@Override
		public void number(String name, BigDecimal value, boolean asString) {
			if (value != null) {
				element(name, value.toPlainString());
			}
		}

		@Override
		public void integer(String name, Integer value, boolean nc) {
			if (nc) {
				element(name, "NC");
			}
			else if (value != null) {
				element(name, value.toString());
			}
		}

		/** The official 2022 XML examples write booleans {@code oui}/{@code non}. */
		@Override
		public void bool(String name, Boolean value) {
			if (value != null) {
				element(name, value ? "oui" : "non");
			}
		}

		@Override
		public void beginObject(String name) {
			start(name);
		}

		@Override
		public void endObject() {
			end();
		}

		@Override
		public void beginList(String name) {
			start(name);
		}

		@Override
		public void beginItem(String item) {
			start(item);
		}

		@Override
		public void endItem() {
			end();
		}

		@Override
		public void endList() {
			end();
		}

		@Override
		public void values(String name, String item, List<String> values) {
			start(name);
			values.forEach(v -> element(item, v));
			end();
		}
	}
}
