// Paths that name another machine. Touching one (stat, readdir, open) makes Windows connect to that
// host and authenticate as the user (NTLM), so the main process never touches such a path unless
// the user picked it in a dialog. What can be recognised from the string alone:
//   \\server\share\…        UNC
//   \\?\UNC\server\share\…  and \\.\UNC\…  the Win32 device forms of UNC
//   //server/share/…        the same with forward slashes (Windows accepts either, mixed too)
//   \??\UNC\…               the NT object-manager form
// Every path starting with two separators is refused, which also covers \\?\C:\… and \\.\PhysicalDrive0:
// the folder dialogs, the OS drive tools and the command line of a double-click never give those.
// What cannot be recognised: a Windows drive letter mapped to a share (Z:\), and on macOS or Linux a
// share mounted into the tree (/Volumes/x, /mnt/x). They look local; only the OS could say otherwise
// (GetDriveType, statfs), and they are mounted by the user, so Windows authenticates there anyway.
export function isNetworkPath(path: string): boolean {
  return /^[\\/]{2}/.test(path) || path.startsWith('\\??\\');
}
