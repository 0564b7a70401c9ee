package cn.kaowu.bank.exporting;

import cn.kaowu.bank.item.AnswerKey;
import cn.kaowu.bank.item.ItemDraft;
import cn.kaowu.bank.item.ItemType;
import cn.kaowu.bank.item.ItemVersion;
import cn.kaowu.bank.item.Taxonomy;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes items as a QTI 2.1 content package: single and multiple choice as choiceInteraction
 * (maxChoices 1 / 0), true/false as a two-choice single choice (A 正确, B 错误); the explanation as
 * modalFeedback; text always escaped by the XML writer.
 */
public final class QtiWriter {

    private QtiWriter() {
    }

    public static void write(List<ItemVersion> items, OutputStream out) {
        try {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            for (ItemVersion item : items) {
                zip.putNextEntry(new ZipEntry(href(item)));
                zip.write(assessmentItem(item));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(QtiFormat.MANIFEST));
            zip.write(manifest(items));
            zip.closeEntry();
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("QTI export failed", e);
        }
    }

    static String identifier(ItemVersion item) {
        return "item-" + item.itemId() + "-v" + item.version();
    }

    private static String href(ItemVersion item) {
        return "items/" + identifier(item) + ".xml";
    }

    private static byte[] manifest(List<ItemVersion> items) throws XMLStreamException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
        x.writeStartDocument("UTF-8", "1.0");
        x.writeStartElement("manifest");
        x.writeDefaultNamespace(QtiFormat.CP_NS);
        x.writeNamespace("kw", QtiFormat.KAOWU_NS);
        x.writeAttribute("identifier", "kaowu-question-bank");
        x.writeStartElement("metadata");
        element(x, "schema", "QTIv2.1 Package");
        element(x, "schemaversion", "1.0.0");
        x.writeEndElement();
        x.writeEmptyElement("organizations");
        x.writeStartElement("resources");
        for (ItemVersion item : items) {
            x.writeStartElement("resource");
            x.writeAttribute("identifier", identifier(item));
            x.writeAttribute("type", QtiFormat.ITEM_RESOURCE_TYPE);
            x.writeAttribute("href", href(item));
            x.writeStartElement("metadata");
            classification(x, item);
            x.writeEndElement();
            x.writeEmptyElement("file");
            x.writeAttribute("href", href(item));
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndDocument();
        x.close();
        return bytes.toByteArray();
    }

    private static void classification(XMLStreamWriter x, ItemVersion item) throws XMLStreamException {
        ItemDraft d = item.content();
        Taxonomy t = d.taxonomy();
        x.writeStartElement(QtiFormat.KAOWU_NS, "item");
        kw(x, "type", d.type().name());
        kw(x, "points", String.valueOf(d.points()));
        kw(x, "contentArea", t.contentArea());
        kw(x, "industries", String.join(",", t.industries()));
        kw(x, "categories", String.join(",", t.categories()));
        kw(x, "difficulty", String.valueOf(t.difficulty()));
        kw(x, "lawName", t.legalBasis().lawName());
        kw(x, "article", t.legalBasis().article());
        kw(x, "knowledgePoint", t.knowledgePoint());
        kw(x, "source", t.source());
        kw(x, "author", t.author());
        kw(x, "bankItemId", String.valueOf(item.itemId()));
        kw(x, "bankVersion", String.valueOf(item.version()));
        x.writeEndElement();
    }

    private static void kw(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(QtiFormat.KAOWU_NS, name);
        x.writeCharacters(value == null ? "" : value);
        x.writeEndElement();
    }

    private static void element(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    private static byte[] assessmentItem(ItemVersion item) throws XMLStreamException {
        ItemDraft d = item.content();
        boolean trueFalse = d.type() == ItemType.TRUE_FALSE;
        List<String> choices = trueFalse ? List.of(AnswerKey.TRUE, AnswerKey.FALSE) : d.options();
        String key = trueFalse ? (AnswerKey.TRUE.equals(d.key()) ? "A" : "B") : d.key();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
        x.writeStartDocument("UTF-8", "1.0");
        x.writeStartElement("assessmentItem");
        x.writeDefaultNamespace(QtiFormat.QTI_NS);
        x.writeAttribute("identifier", identifier(item));
        x.writeAttribute("title", d.type().label() + " " + item.itemId());
        x.writeAttribute("adaptive", "false");
        x.writeAttribute("timeDependent", "false");

        x.writeStartElement("responseDeclaration");
        x.writeAttribute("identifier", "RESPONSE");
        x.writeAttribute("cardinality", d.type() == ItemType.MULTIPLE_CHOICE ? "multiple" : "single");
        x.writeAttribute("baseType", "identifier");
        x.writeStartElement("correctResponse");
        for (char letter : key.toCharArray()) {
            element(x, "value", String.valueOf(letter));
        }
        x.writeEndElement();
        x.writeEndElement();

        x.writeStartElement("outcomeDeclaration");
        x.writeAttribute("identifier", "SCORE");
        x.writeAttribute("cardinality", "single");
        x.writeAttribute("baseType", "float");
        x.writeAttribute("normalMaximum", String.valueOf(d.points()));
        x.writeStartElement("defaultValue");
        element(x, "value", "0");
        x.writeEndElement();
        x.writeEndElement();
        x.writeEmptyElement("outcomeDeclaration");
        x.writeAttribute("identifier", "FEEDBACK");
        x.writeAttribute("cardinality", "single");
        x.writeAttribute("baseType", "identifier");

        x.writeStartElement("itemBody");
        for (String paragraph : d.stem().split("\n", -1)) {
            element(x, "p", paragraph);
        }
        x.writeStartElement("choiceInteraction");
        x.writeAttribute("responseIdentifier", "RESPONSE");
        x.writeAttribute("shuffle", "false");
        x.writeAttribute("maxChoices", d.type() == ItemType.MULTIPLE_CHOICE ? "0" : "1");
        for (int i = 0; i < choices.size(); i++) {
            x.writeStartElement("simpleChoice");
            x.writeAttribute("identifier", String.valueOf(ItemDraft.letter(i)));
            x.writeCharacters(choices.get(i));
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndElement();

        x.writeEmptyElement("responseProcessing");
        x.writeAttribute("template", QtiFormat.MATCH_CORRECT);
        if (!d.explanation().isEmpty()) {
            x.writeStartElement("modalFeedback");
            x.writeAttribute("outcomeIdentifier", "FEEDBACK");
            x.writeAttribute("identifier", "EXPLANATION");
            x.writeAttribute("showHide", "show");
            x.writeCharacters(d.explanation());
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndDocument();
        x.close();
        return bytes.toByteArray();
    }

}
