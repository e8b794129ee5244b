/// The one script, served at `Paths.uploadScript`: an upload form marked `data-upload-progress` sends its
/// file with XMLHttpRequest and shows how much has gone, then goes where the server sends it (the mapping
/// page) or shows the page it answered with (why the file was refused). Without script the form posts as
/// usual; pages allow no inline script (Content-Security-Policy), so it lives here.
public enum UploadScript {
    public static let javaScript = """
    document.addEventListener("DOMContentLoaded", function () {
      var form = document.querySelector("form[data-upload-progress]");
      if (!form || !window.XMLHttpRequest || !window.FormData) return;
      var status = document.getElementById("upload-status");
      var bar = document.getElementById("upload-progress");
      var label = document.getElementById("upload-progress-label");
      var button = form.querySelector("button[type=submit]");
      form.addEventListener("submit", function (event) {
        if (!form.checkValidity()) return;
        event.preventDefault();
        var request = new XMLHttpRequest();
        request.open("POST", form.action);
        request.upload.onprogress = function (progress) {
          if (!progress.lengthComputable) return;
          var percent = Math.floor(progress.loaded * 100 / progress.total);
          bar.value = percent;
          bar.textContent = percent + "%";
          label.textContent = percent < 100 ? "Sent " + percent + "% of the file" : "Sent the whole file; checking it…";
        };
        request.onload = function () {
          if (request.responseURL && request.responseURL.split("?")[0] !== form.action.split("?")[0]) {
            window.location.assign(request.responseURL);
            return;
          }
          document.open();
          document.write(request.responseText);
          document.close();
        };
        request.onerror = function () {
          label.textContent = "The upload stopped: check the connection and try again.";
          button.disabled = false;
        };
        status.hidden = false;
        button.disabled = true;
        request.send(new FormData(form));
      });
    });
    """
}
