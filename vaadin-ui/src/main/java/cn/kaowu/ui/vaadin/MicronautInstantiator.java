package cn.kaowu.ui.vaadin;

import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micronaut.context.BeanContext;

import java.util.stream.Stream;

/**
 * Creates views and components through Micronaut when it has a bean definition for them, so
 * their constructors receive services; anything else is created the Vaadin way.
 */
public class MicronautInstantiator extends DefaultInstantiator {

    private final transient BeanContext beanContext;

    public MicronautInstantiator(VaadinService service, BeanContext beanContext) {
        super(service);
        this.beanContext = beanContext;
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        if (beanContext.containsBean(type)) {
            return beanContext.getBean(type);
        }
        return super.getOrCreate(type);
    }

    /** Service-init listeners may be Micronaut beans too (error handler, locale). */
    @Override
    public Stream<VaadinServiceInitListener> getServiceInitListeners() {
        return Stream.concat(super.getServiceInitListeners(),
                beanContext.getBeansOfType(VaadinServiceInitListener.class).stream());
    }
}
