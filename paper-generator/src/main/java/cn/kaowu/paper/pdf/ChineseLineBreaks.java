package cn.kaowu.paper.pdf;

import com.itextpdf.io.font.otf.Glyph;
import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.layout.splitting.DefaultSplitCharacters;
import com.itextpdf.layout.splitting.ISplitCharacters;

/**
 * Line breaking for Chinese text (避头尾): a line may break between any two hanzi, but never before
 * closing punctuation such as ，。、）》” nor after opening punctuation such as （《“. Latin text
 * keeps iText's default breaks.
 */
final class ChineseLineBreaks implements ISplitCharacters {

    static final ChineseLineBreaks INSTANCE = new ChineseLineBreaks();

    private static final String NO_LINE_START = "，。、；：？！）》」』】〕〉”’…—·%,.;:?!)]}　";
    private static final String NO_LINE_END = "（《「『【〔〈“‘([{";

    private final ISplitCharacters latin = new DefaultSplitCharacters();

    @Override
    public boolean isSplitCharacter(GlyphLine text, int glyphPos) {
        int current = unicode(text.get(glyphPos));
        if (current >= 0 && NO_LINE_END.indexOf(current) >= 0) {
            return false;
        }
        if (glyphPos + 1 < text.getEnd()) {
            int next = unicode(text.get(glyphPos + 1));
            if (next >= 0 && NO_LINE_START.indexOf(next) >= 0) {
                return false;
            }
            if (isWide(current) || isWide(next)) {
                return true;
            }
        }
        return latin.isSplitCharacter(text, glyphPos);
    }

    private static int unicode(Glyph glyph) {
        return glyph.hasValidUnicode() ? glyph.getUnicode() : -1;
    }

    private static boolean isWide(int c) {
        return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF);
    }
}
