package de.auftritt;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AuftrittApplication {

    public static void main(String[] args) {
        SpringApplication.run(AuftrittApplication.class, args);
    }
}
