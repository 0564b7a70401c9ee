package cn.kaowu.ui.vaadin;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.WebResourceRoot;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.webresources.DirResourceSet;
import org.apache.catalina.webresources.JarResourceSet;
import org.apache.catalina.webresources.StandardRoot;
import org.apache.tomcat.websocket.server.WsSci;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Collections;

/**
 * Embedded Tomcat as micronaut-servlet builds it serves no MIME types, has no WebSocket support
 * and ignores the {@code META-INF/resources} of jars; Vaadin needs all three (its JavaScript,
 * push, {@code vaadinPush.js}).
 */
@Singleton
public class TomcatForVaadin implements BeanCreatedEventListener<Tomcat> {

    @Override
    public Tomcat onCreated(BeanCreatedEvent<Tomcat> event) {
        Tomcat tomcat = event.getBean();
        for (Container child : tomcat.getHost().findChildren()) {
            if (child instanceof Context context) {
                Tomcat.addDefaultMimeTypeMappings(context);
                // WebSocket support for Vaadin push (else Atmosphere finds no JSR-356 container).
                context.addServletContainerInitializer(new WsSci(), null);
                StandardRoot resources = new StandardRoot(context);
                context.setResources(resources);
                addMetaInfResources(resources);
            }
        }
        return tomcat;
    }

    private static void addMetaInfResources(WebResourceRoot root) {
        try {
            for (URL url : Collections.list(TomcatForVaadin.class.getClassLoader().getResources("META-INF/resources"))) {
                if ("jar".equals(url.getProtocol())) {
                    JarURLConnection connection = (JarURLConnection) url.openConnection();
                    String jar = Path.of(connection.getJarFileURL().toURI()).toString();
                    root.addJarResources(new JarResourceSet(root, "/", jar, "/META-INF/resources"));
                } else if ("file".equals(url.getProtocol())) {
                    root.addPreResources(new DirResourceSet(root, "/", Path.of(url.toURI()).toString(), "/"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
