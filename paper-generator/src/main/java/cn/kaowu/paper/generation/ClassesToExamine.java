package cn.kaowu.paper.generation;

import cn.kaowu.core.identity.AccessPolicy;
import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.registry.service.ClassService;
import cn.kaowu.core.registry.service.ClassView;
import jakarta.inject.Singleton;

import java.util.List;

/** The registry's classes as the generator needs them: code, name, industry, category. */
@Singleton
public class ClassesToExamine {

    private final ClassService classes;

    public ClassesToExamine(ClassService classes) {
        this.classes = classes;
    }

    /** Every class the paper builder may generate papers for. */
    public List<ClassView> candidates(Caller caller) {
        AccessPolicy.requireExamContent(caller);
        return classes.classes(caller, null);
    }

    public List<ClassToExamine> of(Caller caller, List<Long> classIds, boolean resit) {
        AccessPolicy.requireExamContent(caller);
        return classIds.stream().map(id -> {
            ClassView view = classes.trainingClass(caller, id);
            return new ClassToExamine(view.id(), view.code(), view.name(), view.industryCode(), view.categoryCode(), resit);
        }).toList();
    }
}
