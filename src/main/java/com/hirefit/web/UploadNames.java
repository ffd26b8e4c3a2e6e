package com.hirefit.web;

import com.hirefit.screening.ScreeningRecord;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MultipartFile;

/** Names of uploaded files: shown and stored, so short and printable, or the request is refused naming {@code file}. */
final class UploadNames {
    private UploadNames() {
    }

    /** The upload's name as the client sent it: it is stored and shown, so it must be short and printable. */
    static String of(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        if (name.length() > ScreeningRecord.MAX_FILE_NAME_LENGTH) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "The file name is too long.",
                    List.of("file: the file name is longer than " + ScreeningRecord.MAX_FILE_NAME_LENGTH + " characters"));
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "The file name holds a control character.",
                    List.of("file: the file name holds a control character (such as NUL or a line break)"));
        }
        return name;
    }
}
