/**
 * A link that looks like an antd Button: one `<a href>` (one tab stop, role "link", opens in a new tab
 * with a modifier key) that navigates inside the app like react-router's <Link>. Use it instead of
 * wrapping a <Button> in a <Link>, which nests a button in a link (invalid HTML, two tab stops).
 */
import { Button, type ButtonProps } from 'antd';
import type { MouseEvent } from 'react';
import { type To, useHref, useLinkClickHandler } from 'react-router';

export type LinkButtonProps = Omit<ButtonProps, 'href' | 'htmlType' | 'onClick'> & {
  to: To;
  replace?: boolean;
  /** Runs before navigating (closing a drawer, say); calling preventDefault() stops the navigation. */
  onClick?: (event: MouseEvent<HTMLAnchorElement>) => void;
};

export function LinkButton({ to, replace, target, onClick, ...rest }: LinkButtonProps) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to, { replace, target });
  return (
    <Button
      {...rest}
      href={href}
      target={target}
      onClick={(event) => {
        const anchorEvent = event as MouseEvent<HTMLAnchorElement>;
        onClick?.(anchorEvent);
        if (!anchorEvent.defaultPrevented) navigate(anchorEvent);
      }}
    />
  );
}
