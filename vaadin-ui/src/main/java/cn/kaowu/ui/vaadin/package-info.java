/**
 * Vaadin inside Micronaut: the small integration that lets one Tomcat serve both.
 *
 * <p>{@link cn.kaowu.ui.vaadin.VaadinInitializer} is a Micronaut bean that micronaut-servlet hands
 * to Tomcat as a servlet-container initializer; it runs Vaadin's own start-up initializers with
 * the {@code @Route} classes taken from Micronaut's bean definitions and registers
 * {@link cn.kaowu.ui.vaadin.MicronautVaadinServlet} on {@code /*}. That servlet's service uses
 * {@link cn.kaowu.ui.vaadin.MicronautInstantiator}, which asks Micronaut's bean context for views
 * and components, so views get services by constructor injection.
 * {@link cn.kaowu.ui.vaadin.TomcatForVaadin} adds what embedded Tomcat lacks for Vaadin: MIME
 * types and the {@code META-INF/resources} of jars.
 */
package cn.kaowu.ui.vaadin;
