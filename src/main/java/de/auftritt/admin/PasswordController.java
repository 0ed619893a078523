package de.auftritt.admin;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import de.auftritt.security.AdminAccountService;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class PasswordController {

    private static final String FORM_VIEW = "admin/password";

    private final AdminAccountService accounts;

    private final SessionRegistry sessions;

    PasswordController(AdminAccountService accounts, SessionRegistry sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @GetMapping("/admin/password")
    String form(Model model) {
        model.addAttribute("passwordForm", PasswordForm.empty());
        return FORM_VIEW;
    }

    @PostMapping("/admin/password")
    ModelAndView change(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result,
            Authentication principal, HttpSession session, RedirectAttributes redirect) {
        if (!result.hasFieldErrors("newPassword") && !form.newPassword().equals(form.confirmPassword())) {
            result.rejectValue("confirmPassword", "password.mismatch");
        }
        if (!result.hasErrors()
                && !accounts.changePassword(principal.getName(), form.currentPassword(), form.newPassword())) {
            result.rejectValue("currentPassword", "password.wrong");
        }
        if (result.hasErrors()) {
            // Never send a password back to the browser, not even the one just typed.
            return new ModelAndView(FORM_VIEW, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        // Whoever else is logged in with the old password is logged out; this session stays.
        for (SessionInformation other : sessions.getAllSessions(principal.getPrincipal(), false)) {
            if (!other.getSessionId().equals(session.getId())) {
                other.expireNow();
            }
        }
        redirect.addFlashAttribute("flash", "admin.password.changed");
        return new ModelAndView("redirect:/admin");
    }
}
