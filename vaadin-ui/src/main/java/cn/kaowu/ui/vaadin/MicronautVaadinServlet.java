package cn.kaowu.ui.vaadin;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import io.micronaut.context.BeanContext;

/** The Vaadin servlet, with a service whose instantiator is backed by Micronaut. */
public class MicronautVaadinServlet extends VaadinServlet {

    private final transient BeanContext beanContext;

    public MicronautVaadinServlet(BeanContext beanContext) {
        this.beanContext = beanContext;
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
        VaadinServletService service = new VaadinServletService(this, configuration) {
            @Override
            protected Instantiator createInstantiator() {
                return new MicronautInstantiator(this, beanContext);
            }
        };
        service.init();
        return service;
    }
}
