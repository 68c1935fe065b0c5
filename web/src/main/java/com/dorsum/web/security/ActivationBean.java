package com.dorsum.web.security;

import com.dorsum.platform.DomainException;
import com.dorsum.security.PasswordStrength;
import com.dorsum.security.PortalAccounts;
import com.dorsum.security.Role;
import com.dorsum.web.platform.FacesErrors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * A patient's first sign-in: user name and activation code from the front desk, and the password they choose.
 * On success the patient is signed in and lands on the portal.
 */
@Named
@RequestScoped
public class ActivationBean {

    @Inject
    PortalAccounts accounts;

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    ClientAddresses clientAddresses;

    private String username;
    private String code;
    private String password;
    private String repeated;

    public void activate() throws IOException {
        if (password == null || !password.equals(repeated)) {
            FacesErrors.warn("The two passwords are not the same");
            faces.validationFailed();
            return;
        }
        try {
            accounts.activate(username, code, password,
                    clientAddresses.of((HttpServletRequest) faces.getExternalContext().getRequest()));
        } catch (DomainException refused) {
            FacesErrors.show(refused);
            return;
        }
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(), withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username.trim().toLowerCase(),
                                new Password(password))));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + "/portal/home.xhtml");
        } else {
            external.redirect(external.getRequestContextPath() + "/login.xhtml");
        }
    }

    public int getMinLength() {
        return PasswordStrength.minimumLength(Role.PATIENT);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
