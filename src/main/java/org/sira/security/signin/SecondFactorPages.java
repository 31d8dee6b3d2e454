package org.sira.security.signin;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.sira.security.AuditLog;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of the sign-in (a TOTP code or a recovery code), and the enrolment that any
 * user may do from their account page and that ADMIN and COUNSELLOR must do at their first sign-in.
 * The secret is shown only while it is being set up (kept in the session until the first right
 * code), then never again.
 */
@Controller
class SecondFactorPages {

    private static final String SECRET = "sira.two-factor.secret";

    private final SecondFactors factors;
    private final SecondStep step;
    private final SignInAttempts attempts;
    private final AuditLog audit;

    SecondFactorPages(SecondFactors factors, SecondStep step, SignInAttempts attempts, AuditLog audit) {
        this.factors = factors;
        this.step = step;
        this.attempts = attempts;
        this.audit = audit;
    }

    @GetMapping(SecondStep.CODE_PAGE)
    String codePage(Authentication pending) {
        return mustEnrol(pending) ? "redirect:" + SecondStep.ENROL_PAGE : "security/code";
    }

    @PostMapping(SecondStep.CODE_PAGE)
    String code(@RequestParam(defaultValue = "") String code, Authentication pending, HttpServletRequest request,
                HttpServletResponse response) throws IOException, ServletException {
        if (mustEnrol(pending)) {
            return "redirect:" + SecondStep.ENROL_PAGE;
        }
        String username = pending.getName();
        String address = request.getRemoteAddr();
        if (attempts.lockedFor(address, username).isPresent()) {
            step.abandon(request);
            return "redirect:/login?locked";
        }
        if (factors.verify(username, code)) {
            step.complete(request, response, username);
            step.proceed(request, response);
            return null;
        }
        attempts.failed(address, username);
        audit.recordAlone(username, "LOGIN_FAILED", "USER", username);
        if (attempts.lockedFor(address, username).isPresent()) {
            step.abandon(request);
            return "redirect:/login?locked";
        }
        return "redirect:" + SecondStep.CODE_PAGE + "?error";
    }

    @GetMapping(SecondStep.ENROL_PAGE)
    String enrolment(@RequestParam Optional<String> again, Authentication who, HttpSession session, Model model) {
        if (who instanceof PendingSecondFactor pending && !pending.mustEnrol()) {
            return "redirect:" + SecondStep.CODE_PAGE;
        }
        boolean enrolled = factors.enrolled(who.getName());
        model.addAttribute("enrolled", enrolled);
        model.addAttribute("pending", who instanceof PendingSecondFactor);
        if (enrolled && again.isEmpty()) {
            model.addAttribute("recoveryCodesLeft", factors.recoveryCodesLeft(who.getName()));
            return "security/two-factor";
        }
        String secret = factors.newSecret();
        session.setAttribute(SECRET, secret);
        return enrolForm(who.getName(), secret, false, model);
    }

    @PostMapping(SecondStep.ENROL_PAGE)
    String enrol(@RequestParam(defaultValue = "") String code, Authentication who, HttpSession session, Model model,
                 HttpServletRequest request, HttpServletResponse response) {
        if (who instanceof PendingSecondFactor pending && !pending.mustEnrol()) {
            return "redirect:" + SecondStep.CODE_PAGE;
        }
        if (!(session.getAttribute(SECRET) instanceof String secret)) {
            return "redirect:" + SecondStep.ENROL_PAGE;
        }
        Optional<List<String>> recovery = factors.enrol(who.getName(), secret, code);
        if (recovery.isEmpty()) {
            model.addAttribute("enrolled", false);
            model.addAttribute("pending", who instanceof PendingSecondFactor);
            return enrolForm(who.getName(), secret, true, model);
        }
        session.removeAttribute(SECRET);
        if (who instanceof PendingSecondFactor) {
            step.complete(request, response, who.getName());
        }
        model.addAttribute("recoveryCodes", recovery.get().stream().map(SecondFactors::shown).toList());
        return "security/recovery-codes";
    }

    private static boolean mustEnrol(Authentication who) {
        return who instanceof PendingSecondFactor pending && pending.mustEnrol();
    }

    private String enrolForm(String username, String secret, boolean wrongCode, Model model) {
        model.addAttribute("enrolling", true);
        model.addAttribute("qrCode", factors.qrCode(username, secret));
        model.addAttribute("secret", String.join(" ", secret.split("(?<=\\G.{4})")));
        model.addAttribute("wrongCode", wrongCode);
        return "security/two-factor";
    }
}
