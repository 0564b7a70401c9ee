package cn.kaowu.ui.shell;

import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.identity.LoginRejected;
import cn.kaowu.core.identity.LoginService;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import io.micronaut.context.annotation.Prototype;

/** 登录: the one public page. */
@Prototype
@Route("login")
@PageTitle("登录 · 考务管理系统")
class LoginView extends VerticalLayout {

    private final LoginService loginService;
    private final LoginForm form = new LoginForm();

    LoginView(LoginService loginService) {
        this.loginService = loginService;
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        addClassName("login-view");

        form.setI18n(chineseLogin());
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(e -> login(e.getUsername(), e.getPassword()));
        add(new H1(getTranslation("app.title")), new Paragraph(getTranslation("app.subtitle")), form);
    }

    private void login(String username, String password) {
        VaadinRequest request = VaadinRequest.getCurrent();
        try {
            Caller caller = loginService.login(username, password.toCharArray(), request.getRemoteAddr());
            // A new session id after log-in, so a session id seen before cannot be reused.
            VaadinService.reinitializeSession(request);
            CurrentCaller.set(caller);
            getUI().ifPresent(ui -> ui.navigate(HomeView.class));
        } catch (LoginRejected rejected) {
            LoginI18n i18n = chineseLogin();
            i18n.getErrorMessage().setTitle("无法登录");
            i18n.getErrorMessage().setMessage(rejected.getMessage());
            form.setI18n(i18n);
            form.setError(true);
        }
    }

    private LoginI18n chineseLogin() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle("登录");
        f.setUsername("用户名");
        f.setPassword("密码");
        f.setSubmit("登录");
        i18n.setForm(f);
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle("无法登录");
        error.setMessage("用户名或密码错误");
        error.setUsername("请输入用户名");
        error.setPassword("请输入密码");
        i18n.setErrorMessage(error);
        return i18n;
    }
}
