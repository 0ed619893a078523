package de.auftritt.contact;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

@Controller
class ContactController {

    private static final String FORM_VIEW = "contact/form";

    private final ContactService contact;

    ContactController(ContactService contact) {
        this.contact = contact;
    }

    @GetMapping("/contact")
    String form(Model model) {
        model.addAttribute("contactForm", ContactForm.empty());
        return FORM_VIEW;
    }

    @PostMapping("/contact")
    ModelAndView send(@Valid @ModelAttribute("contactForm") ContactForm form, BindingResult result) {
        if (result.hasErrors()) {
            return new ModelAndView(FORM_VIEW, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        contact.receive(form);
        return new ModelAndView("redirect:/contact/thanks");
    }

    @GetMapping("/contact/thanks")
    String thanks() {
        return "contact/thanks";
    }
}
