/**
 * antd's Result with its status picture hidden from assistive technology. The picture is decoration
 * (the title says what happened), but antd names it in English whatever the UI language: the 403/404
 * illustrations carry <title>Unauthorized</title> / <title>No Found</title>, the status icons are
 * role="img" "check-circle", "close-circle"… and antd has no prop to mark them decorative.
 */
import { Result, type ResultProps } from 'antd';

type ResultHandle = { nativeElement: HTMLDivElement | null } | null;

function hidePicture(handle: ResultHandle): void {
  handle?.nativeElement?.querySelector(':scope > .ant-result-icon')?.setAttribute('aria-hidden', 'true');
}

export function StatusResult(props: ResultProps) {
  // antd renews the handle on every render, so a new status's picture is hidden too.
  return <Result {...props} ref={hidePicture} />;
}
