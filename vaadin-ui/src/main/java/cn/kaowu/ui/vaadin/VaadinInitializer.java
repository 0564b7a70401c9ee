package cn.kaowu.ui.vaadin;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.di.LookupInitializer;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ErrorNavigationTargetInitializer;
import com.vaadin.flow.server.startup.LookupServletContainerInitializer;
import com.vaadin.flow.server.startup.RouteRegistryInitializer;
import com.vaadin.flow.server.startup.VaadinAppShellInitializer;
import com.vaadin.flow.server.startup.VaadinInitializerException;
import io.micronaut.context.BeanContext;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.qualifiers.Qualifiers;
import jakarta.inject.Singleton;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRegistration;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Does what a servlet container's annotation scan would do for Vaadin, with classes from
 * Micronaut's compile-time bean definitions instead of a classpath scan, then registers the
 * Vaadin servlet on {@code /*} (Micronaut's own servlet owns {@code /api/*}).
 */
@Singleton
public class VaadinInitializer implements ServletContainerInitializer {

    private final BeanContext beanContext;

    public VaadinInitializer(BeanContext beanContext) {
        this.beanContext = beanContext;
    }

    @Override
    public void onStartup(Set<Class<?>> ignored, ServletContext servletContext) throws ServletException {
        // Vaadin's SPI lookup stays null unless its initializer sees LookupInitializer itself.
        new LookupServletContainerInitializer().process(Set.of(LookupInitializer.class), servletContext);
        VaadinServletContext context = new VaadinServletContext(servletContext);
        try {
            new RouteRegistryInitializer().initialize(routeTargets(), context);
        } catch (VaadinInitializerException e) {
            throw new ServletException("Vaadin route registration failed", e);
        }
        new ErrorNavigationTargetInitializer().initialize(beanTypes(HasErrorParameter.class), context);
        new VaadinAppShellInitializer().initialize(beanTypes(AppShellConfigurator.class), context);

        ServletRegistration.Dynamic registration =
                servletContext.addServlet("vaadin", new MicronautVaadinServlet(beanContext));
        registration.addMapping("/*");
        registration.setAsyncSupported(true);
        registration.setLoadOnStartup(1);
    }

    /** Every bean annotated with {@code @Route} or {@code @RouteAlias}. */
    Set<Class<?>> routeTargets() {
        Set<Class<?>> targets = new HashSet<>();
        for (var stereotype : List.of(Route.class, RouteAlias.class)) {
            beanContext.getBeanDefinitions(Qualifiers.byStereotype(stereotype)).stream()
                    .map(BeanDefinition::getBeanType)
                    .forEach(targets::add);
        }
        return targets;
    }

    private Set<Class<?>> beanTypes(Class<?> type) {
        return beanContext.getBeanDefinitions(type).stream()
                .map(BeanDefinition::getBeanType)
                .collect(Collectors.toSet());
    }
}
