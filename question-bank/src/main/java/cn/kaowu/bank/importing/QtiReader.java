package cn.kaowu.bank.importing;

import cn.kaowu.bank.exporting.QtiFormat;
import cn.kaowu.bank.item.AnswerKey;
import cn.kaowu.bank.item.ItemType;
import cn.kaowu.bank.template.RawItem;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a QTI 2.1 content package: the items the manifest lists (type imsqti_item_xmlv2p1),
 * choiceInteraction with maxChoices 1 as single choice (or true/false when the choices are
 * 正确/错误), otherwise multiple choice; the bank's classification from the resource metadata
 * when present. DTDs and external entities are refused.
 */
public final class QtiReader {

    private static final long MAX_ENTRY = 5L * 1024 * 1024;

    private QtiReader() {
    }

    public static ParsedFile read(byte[] zipBytes) throws IOException {
        Map<String, byte[]> entries = unzip(zipBytes);
        List<RawItem> items = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Document manifest;
        try {
            manifest = parse(entries.get(QtiFormat.MANIFEST));
        } catch (SAXException e) {
            problems.add("imsmanifest.xml 不是有效的 XML：" + e.getMessage());
            return new ParsedFile(items, problems);
        }
        int number = 0;
        for (Element resource : children(manifest.getDocumentElement(), "resource", true)) {
            String type = resource.getAttribute("type");
            if (!type.startsWith("imsqti_item")) {
                continue;
            }
            number++;
            String href = resource.getAttribute("href");
            String location = "第" + number + "题（" + href + "）";
            byte[] xml = entries.get(href);
            if (xml == null) {
                problems.add(location + "：试题包中缺少文件 " + href);
                continue;
            }
            try {
                items.add(item(location, parse(xml).getDocumentElement(), metadata(resource)));
            } catch (SAXException e) {
                problems.add(location + "：不是有效的 XML（" + e.getMessage() + "）");
            }
        }
        if (number == 0 && problems.isEmpty()) {
            problems.add("imsmanifest.xml 中没有 QTI 试题资源（type=imsqti_item_xmlv2p1）");
        }
        return new ParsedFile(items, problems);
    }

    private static Map<String, String> metadata(Element resource) {
        Map<String, String> values = new HashMap<>();
        NodeList nodes = resource.getElementsByTagNameNS(QtiFormat.KAOWU_NS, "item");
        if (nodes.getLength() == 0) {
            return values;
        }
        for (Node n = nodes.item(0).getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                values.put(e.getLocalName(), e.getTextContent());
            }
        }
        return values;
    }

    private static RawItem item(String location, Element root, Map<String, String> meta) {
        List<Element> choices = children(root, "simpleChoice", true);
        List<String> texts = choices.stream().map(Element::getTextContent).toList();
        List<Element> interactions = children(root, "choiceInteraction", true);
        String maxChoices = interactions.isEmpty() ? "1" : interactions.get(0).getAttribute("maxChoices");
        ItemType type;
        if (meta.containsKey("type")) {
            type = ItemType.valueOf(meta.get("type"));
        } else if ("1".equals(maxChoices)) {
            type = texts.equals(List.of(AnswerKey.TRUE, AnswerKey.FALSE)) ? ItemType.TRUE_FALSE : ItemType.SINGLE_CHOICE;
        } else {
            type = ItemType.MULTIPLE_CHOICE;
        }
        Map<String, String> letterOf = new HashMap<>();
        for (int i = 0; i < choices.size(); i++) {
            letterOf.put(choices.get(i).getAttribute("identifier"), String.valueOf((char) ('A' + i)));
        }
        StringBuilder answer = new StringBuilder();
        for (Element declaration : children(root, "responseDeclaration", false)) {
            for (Element value : children(declaration, "value", true)) {
                if (value.getParentNode() instanceof Element parent && "correctResponse".equals(parent.getLocalName())) {
                    answer.append(letterOf.getOrDefault(value.getTextContent().strip(), value.getTextContent().strip()));
                }
            }
        }
        StringBuilder stem = new StringBuilder();
        for (Element body : children(root, "itemBody", false)) {
            for (Node n = body.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && !"choiceInteraction".equals(e.getLocalName())) {
                    if (stem.length() > 0) {
                        stem.append('\n');
                    }
                    stem.append(e.getTextContent());
                }
            }
        }
        String explanation = children(root, "modalFeedback", false).stream().map(Element::getTextContent)
                .findFirst().orElse("");
        List<String> options = type == ItemType.TRUE_FALSE ? List.of() : texts;
        String points = meta.getOrDefault("points", "");
        String lawName = meta.getOrDefault("lawName", "");
        String article = meta.getOrDefault("article", "");
        String legalBasis = lawName.isEmpty() ? article : "《" + lawName + "》" + article;
        return new RawItem(location, type, stem.toString(), options, answer.toString(), explanation,
                meta.getOrDefault("contentArea", ""), meta.getOrDefault("industries", ""),
                meta.getOrDefault("categories", ""), meta.getOrDefault("difficulty", ""), legalBasis,
                meta.getOrDefault("knowledgePoint", ""), meta.getOrDefault("source", ""), points,
                meta.getOrDefault("author", ""));
    }

    private static List<Element> children(Element root, String localName, boolean deep) {
        List<Element> found = new ArrayList<>();
        if (deep) {
            NodeList nodes = root.getElementsByTagNameNS("*", localName);
            for (int i = 0; i < nodes.getLength(); i++) {
                found.add((Element) nodes.item(i));
            }
            return found;
        }
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] content = zip.readNBytes((int) MAX_ENTRY + 1);
                if (content.length > MAX_ENTRY) {
                    throw new IOException("试题包中的文件 " + entry.getName() + " 过大");
                }
                entries.put(entry.getName(), content);
            }
        }
        return entries;
    }

    private static Document parse(byte[] xml) throws SAXException, IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
