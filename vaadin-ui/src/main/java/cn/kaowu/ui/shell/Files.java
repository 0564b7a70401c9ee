package cn.kaowu.ui.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/** Downloads and uploads the same way on every screen, with Chinese labels. */
public final class Files {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";

    private Files() {
    }

    /**
     * A link that produces the file when clicked. The content is made on the request thread:
     * the supplier must not touch the UI, and it must carry its own caller (captured by the view).
     */
    public static Anchor download(String label, String fileName, String contentType, Supplier<byte[]> content) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                byte[] bytes = content.get();
                return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
            } catch (RuntimeException e) {
                return DownloadResponse.error(403, e.getMessage());
            }
        }), label);
        anchor.getElement().setAttribute("download", true);
        anchor.getElement().getThemeList().add("download");
        return anchor;
    }

    /**
     * An upload field for the given file types, made while a screen is being built; the callback
     * runs inside that screen's UI lock with the file name and the bytes, so it may update the screen.
     */
    public static Upload upload(List<String> acceptedTypes, int maxBytes, BiConsumer<String, byte[]> onFile) {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                ui.access(() -> onFile.accept(metadata.fileName(), bytes))));
        upload.setAcceptedFileTypes(acceptedTypes.toArray(String[]::new));
        upload.setMaxFileSize(maxBytes);
        upload.setMaxFiles(1);
        upload.setI18n(chineseUpload());
        upload.addFileRejectedListener(e -> NotifyingErrorHandler.show("文件未上传：" + e.getErrorMessage()));
        return upload;
    }

    private static UploadI18N chineseUpload() {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne("将文件拖到此处").setMany("将文件拖到此处"));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne("选择文件…").setMany("选择文件…"));
        i18n.setError(new UploadI18N.Error().setTooManyFiles("一次只能上传一个文件")
                .setFileIsTooBig("文件过大").setIncorrectFileType("文件类型不正确"));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting("正在连接…").setStalled("上传停滞")
                        .setProcessing("正在处理…").setHeld("排队中"))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix("剩余时间：").setUnknown("剩余时间未知"))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable("服务器不可用")
                        .setUnexpectedServerError("服务器错误").setForbidden("禁止上传")));
        i18n.setUnits(new UploadI18N.Units().setSize(List.of("B", "KB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        return i18n;
    }
}
