package cn.kaowu.ui.shell;

import cn.kaowu.core.reference.ReferenceData;
import cn.kaowu.core.reference.ReferenceEntry;
import cn.kaowu.core.reference.ReferenceKind;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Chinese names for reference-data codes, read once per screen. */
public final class ReferenceLabels {

    private final Map<ReferenceKind, Map<String, String>> names = new EnumMap<>(ReferenceKind.class);
    private final ReferenceData referenceData;

    public ReferenceLabels(ReferenceData referenceData) {
        this.referenceData = referenceData;
        for (ReferenceKind kind : ReferenceKind.values()) {
            names.put(kind, referenceData.list(kind).stream()
                    .collect(Collectors.toMap(ReferenceEntry::code, ReferenceEntry::name)));
        }
    }

    public String name(ReferenceKind kind, String code) {
        if (code == null) {
            return "";
        }
        return names.get(kind).getOrDefault(code, code);
    }

    public List<ReferenceEntry> entries(ReferenceKind kind) {
        return referenceData.list(kind);
    }
}
