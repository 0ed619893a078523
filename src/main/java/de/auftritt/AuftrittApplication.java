package de.auftritt;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AuftrittApplication {

    public static void main(String[] args) {
        SpringApplication.run(AuftrittApplication.class, args);
    }
}
