package cn.kaowu.ui.api;

import io.micronaut.http.HttpResponse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A file download from the API, with its Chinese file name encoded as RFC 6266 asks. */
final class Attachments {

    private Attachments() {
    }

    static HttpResponse<byte[]> of(byte[] bytes, String fileName) {
        return HttpResponse.ok(bytes).header("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
