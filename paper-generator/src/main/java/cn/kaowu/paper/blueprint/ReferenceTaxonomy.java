package cn.kaowu.paper.blueprint;

import cn.kaowu.core.reference.ReferenceData;
import cn.kaowu.core.reference.ReferenceEntry;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The Chinese names of areas, industries and categories, read from the reference data. */
@Singleton
public class ReferenceTaxonomy {

    private final ReferenceData referenceData;

    public ReferenceTaxonomy(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    public TaxonomyNames names() {
        return new TaxonomyNames(map(referenceData.contentAreas()), map(referenceData.industries()),
                map(referenceData.personnelCategories()));
    }

    private static Map<String, String> map(List<ReferenceEntry> entries) {
        return entries.stream().collect(Collectors.toMap(ReferenceEntry::code, ReferenceEntry::name, (a, b) -> a));
    }
}
