import java.io.File;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Validates an XML file against an XML Schema, for tests/cli/export-graph.test.ts:
 * java ValidateXsd.java SCHEMA-URL FILE (the schema may be a jar: URL; its imports resolve beside it).
 * Prints "valid" and exits 0, or prints every error with its line and exits 1.
 */
public class ValidateXsd {
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: java ValidateXsd.java SCHEMA-URL FILE");
      System.exit(2);
    }
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    // graphml.xsd imports xlink.xsd from the same jar; nothing is fetched from the network
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file");
    Schema schema = factory.newSchema(new URL(args[0]));
    Validator validator = schema.newValidator();
    validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    final int[] errors = {0};
    validator.setErrorHandler(new ErrorHandler() {
      private void report(String level, SAXParseException e) {
        errors[0]++;
        System.out.println(level + " line " + e.getLineNumber() + ": " + e.getMessage());
      }

      public void warning(SAXParseException e) {
        System.out.println("warning line " + e.getLineNumber() + ": " + e.getMessage());
      }

      public void error(SAXParseException e) {
        report("error", e);
      }

      public void fatalError(SAXParseException e) {
        report("fatal", e);
      }
    });
    validator.validate(new StreamSource(new File(args[1])));
    if (errors[0] > 0) System.exit(1);
    System.out.println("valid");
  }
}
