package app.ambassade.shared.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImageTypesTest {

    @Test
    void pngJpegGifAndWebpAreRecognisedByTheirFirstBytes() {
        assertThat(ImageTypes.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}))
                .contains("image/png");
        assertThat(ImageTypes.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}))
                .contains("image/jpeg");
        assertThat(ImageTypes.sniff("GIF89a".getBytes(StandardCharsets.US_ASCII)))
                .contains("image/gif");
        assertThat(ImageTypes.sniff("RIFF0000WEBPVP8 ".getBytes(StandardCharsets.US_ASCII)))
                .contains("image/webp");
    }

    @Test
    void svgTextTruncatedHeadersAndNothingAreNoImage() {
        assertThat(ImageTypes.sniff("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(ImageTypes.sniff("just text".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(ImageTypes.sniff(new byte[] {(byte) 0x89, 'P', 'N'})).isEmpty();
        assertThat(ImageTypes.sniff("RIFF0000WAVE".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(ImageTypes.sniff(new byte[0])).isEmpty();
        assertThat(ImageTypes.sniff(null)).isEmpty();
    }
}
