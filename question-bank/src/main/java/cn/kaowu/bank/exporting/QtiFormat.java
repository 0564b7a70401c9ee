package cn.kaowu.bank.exporting;

/**
 * Names of the QTI 2.1 content package this bank writes and reads: an IMS content package (zip)
 * with imsmanifest.xml and one assessmentItem per item under items/. The bank's classification
 * travels in each resource's metadata, in the namespace {@link #KAOWU_NS}.
 */
public final class QtiFormat {

    public static final String QTI_NS = "http://www.imsglobal.org/xsd/imsqti_v2p1";
    public static final String CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1";
    public static final String KAOWU_NS = "urn:kaowu:question-bank:1";
    public static final String ITEM_RESOURCE_TYPE = "imsqti_item_xmlv2p1";
    public static final String MANIFEST = "imsmanifest.xml";
    public static final String MATCH_CORRECT = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct";

    private QtiFormat() {
    }
}
