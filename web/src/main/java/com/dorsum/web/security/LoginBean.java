package com.dorsum.web.security;

import com.dorsum.security.Accounts;
import com.dorsum.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;

import java.io.IOException;
import java.time.Instant;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/** The login form and sign-out. */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    Accounts accounts;

    @Inject
    ClientAddresses clientAddresses;

    @NotBlank(message = "User name is required")
    private String username;

    @NotBlank(message = "Password is required")
    private String password;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        } else if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + homePage());
        } else if (external.getRequestMap().get(ClinicAuthenticationMechanism.DELAYED_UNTIL) instanceof Instant until) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Too many failed sign-ins.", "Try again in "
                    + ClinicAuthenticationMechanism.secondsUntil(until) + " seconds."));
        } else {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Unknown user name or wrong password.",
                    "After five failed attempts each further one makes you wait longer (up to 15 minutes)."));
        }
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String username = securityContext.getCallerPrincipal() == null ? null
                : securityContext.getCallerPrincipal().getName();
        request.logout();
        external.invalidateSession();
        if (username != null) {
            accounts.signedOut(username, clientAddresses.of(request));
        }
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }

    /** The start page sends each role to its own home. */
    public String home() {
        return homePage() + "?faces-redirect=true";
    }

    /** Where each role starts. */
    public String homePage() {
        if (securityContext.isCallerInRole(Role.PATIENT_NAME)) {
            return "/portal/home.xhtml";
        }
        if (securityContext.isCallerInRole(Role.ADMIN_NAME)) {
            return "/admin/audit.xhtml";
        }
        return "/staff/patients.xhtml";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
