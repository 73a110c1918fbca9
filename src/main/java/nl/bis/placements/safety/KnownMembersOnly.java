package nl.bis.placements.safety;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Set;
import nl.bis.placements.api.model.AddressAbroadInput;
import nl.bis.placements.api.model.EmergencyContact;
import nl.bis.placements.api.model.EmergencyContactsInput;

/**
 * The bodies of the safety operations refuse a member their schema does not know ({@code additionalProperties:
 * false}): the whole document is replaced, so a misspelt {@code phoneAbraod} would otherwise be dropped silently and
 * the student left without a phone number on file. Other bodies keep ignoring unknown members (KL-app relies on it).
 */
@Singleton
public class KnownMembersOnly implements ObjectMapperCustomizer {

    private static final Set<Class<?>> CLOSED = Set.of(EmergencyContactsInput.class, EmergencyContact.class,
            AddressAbroadInput.class);

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.addHandler(new DeserializationProblemHandler() {
            @Override
            public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                                                 JsonDeserializer<?> deserializer, Object beanOrClass,
                                                 String propertyName) throws IOException {
                Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
                if (CLOSED.contains(type)) {
                    throw UnrecognizedPropertyException.from(parser, beanOrClass, propertyName,
                            deserializer.getKnownPropertyNames());
                }
                return false;
            }
        });
    }
}
